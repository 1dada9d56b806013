package uk.missingchildren.response.sso;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface SsoIdentities extends Repository<SsoIdentity, SsoIdentity.Key> {

  SsoIdentity save(SsoIdentity identity);

  Optional<SsoIdentity> findById(SsoIdentity.Key key);
}
