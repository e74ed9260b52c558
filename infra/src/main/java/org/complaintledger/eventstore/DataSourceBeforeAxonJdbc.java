package org.complaintledger.eventstore;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;

/**
 * Defines no beans; it only puts Spring Boot's DataSource auto-configuration before Axon's JDBC one.
 * <p>
 * Axon's {@code JdbcAutoConfiguration} only applies when a DataSource bean already exists, and relies on ordering
 * hints that name Spring Boot 3 classes, which moved in Boot 4. Without this, a DataSource that Boot builds from
 * {@code spring.datasource.url} comes too late: Axon then sets up no event store at all. (The embedded default's
 * DataSource is an application bean, which is always registered before any auto-configuration.)
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
        beforeName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
class DataSourceBeforeAxonJdbc {
}
