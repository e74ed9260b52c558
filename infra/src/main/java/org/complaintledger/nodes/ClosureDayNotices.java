package org.complaintledger.nodes;

import java.sql.Connection;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.complaintledger.closuredays.ClosureDaysProjection;
import org.complaintledger.landlord.closure.DeclareClosureDay;
import org.complaintledger.landlord.closure.WithdrawClosureDay;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The working-day calendar follows closure days declared or withdrawn by any process: the step that declares or
 * withdraws one sends a NOTIFY in its own transaction, and every process reloads its calendar from
 * {@code closure_day} when it hears it (and whenever it starts listening again, for what it missed meanwhile). This
 * process's own calendar is reloaded by the closure-days projection as that transaction commits.
 */
class ClosureDayNotices implements NoticeChannel, MessageHandlerInterceptor<CommandMessage<?>> {

    private final JdbcTemplate jdbc;
    private final ClosureDaysProjection closureDays;

    ClosureDayNotices(JdbcTemplate jdbc, ClosureDaysProjection closureDays) {
        this.jdbc = jdbc;
        this.closureDays = closureDays;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        Object command = unitOfWork.getMessage().getPayload();
        if (command instanceof DeclareClosureDay || command instanceof WithdrawClosureDay) {
            jdbc.queryForList("SELECT pg_notify(?, '')", name());
        }
        return result;
    }

    @Override
    public String name() {
        return "ledger_closure_days";
    }

    @Override
    public void listening(Connection connection) {
        closureDays.reloadCalendar();
    }

    @Override
    public void received(Connection connection, String payload) {
        closureDays.reloadCalendar();
    }

    @Override
    public void lost() {
        // The calendar keeps the days last read: a step is never refused for want of it (docs/multi-node.md).
    }
}
