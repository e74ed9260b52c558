package org.complaintledger.embeddedpostgres;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how the embedded PostgreSQL server runs when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory the PostgreSQL cluster directory; it holds the ledger, so it is kept across restarts
 * @param port          the TCP port on localhost; 0 picks a free one at start
 */
@ConfigurationProperties("complaint-ledger.embedded-postgres")
public record EmbeddedPostgresProperties(@DefaultValue("./data") Path dataDirectory,
                                         @DefaultValue("0") int port) {
}
