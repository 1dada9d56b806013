package uk.missingchildren.response.oversight;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OversightGroups extends JpaRepository<OversightGroup, UUID> {}
