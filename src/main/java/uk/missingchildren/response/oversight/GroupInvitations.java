package uk.missingchildren.response.oversight;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface GroupInvitations extends JpaRepository<GroupInvitation, UUID> {

  Optional<GroupInvitation> findBySecretHash(String secretHash);
}
