package org.complaintledger.retention;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code complaint-ledger.retention.*}: how long personal data is kept after a data subject's last complaint
 * closed (ISO-8601 period, default six years), when the job runs (Spring cron in Europe/London, "-" for never),
 * and how many subjects one run erases at most (the next run takes the rest).
 */
@ConfigurationProperties("complaint-ledger.retention")
public record RetentionProperties(Period period, String cron, Integer maxSubjectsPerRun) {

    public RetentionProperties {
        period = period == null ? Period.ofYears(6) : period;
        cron = cron == null ? "0 30 2 * * *" : cron;
        maxSubjectsPerRun = maxSubjectsPerRun == null ? 500 : maxSubjectsPerRun;
        if (maxSubjectsPerRun < 1) {
            throw new IllegalArgumentException("complaint-ledger.retention.max-subjects-per-run must be at least 1");
        }
    }
}
