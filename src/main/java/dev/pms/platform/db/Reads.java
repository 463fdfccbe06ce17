package dev.pms.platform.db;

import org.springframework.beans.factory.annotation.Qualifier;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The reads pool: a small second connection pool for long reads that may lag behind writes (exports), on
 * DATABASE_READ_URL's replica when one is given. {@code @Reads DataSource} injects it, and
 * {@code @Transactional(transactionManager = Reads.TRANSACTIONS, readOnly = true)} runs a method on one of its
 * connections. Nothing else can get it by accident: a plain {@code DataSource} is always the primary pool.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD})
public @interface Reads {
    /** The bean name of the reads pool's transaction manager. */
    String TRANSACTIONS = "readsTransactionManager";
}
