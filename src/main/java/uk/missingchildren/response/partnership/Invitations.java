package uk.missingchildren.response.partnership;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface Invitations extends JpaRepository<Invitation, UUID> {

  Optional<Invitation> findByTokenHash(String tokenHash);

  @Modifying
  @Query("delete from Invitation i where i.email = ?1")
  int deleteByEmail(String email);

  Optional<Invitation> findByIdAndPartnershipId(UUID id, UUID partnershipId);

  List<Invitation> findByPartnershipIdAndAcceptedAtIsNullAndWithdrawnAtIsNullOrderByCreatedAtAsc(
      UUID partnershipId);
}
