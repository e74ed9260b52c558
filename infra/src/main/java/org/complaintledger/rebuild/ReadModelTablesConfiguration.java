package org.complaintledger.rebuild;

import org.complaintledger.readmodel.ReadModelTables;
import org.complaintledger.readmodel.SqlTables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The read models' live tables: in PostgreSQL, written in each processor's transaction. */
@Configuration(proxyBeanMethods = false)
class ReadModelTablesConfiguration {

    @Bean
    ReadModelTables readModelTables(JdbcTemplate jdbc) {
        return new SqlTables(jdbc);
    }
}
