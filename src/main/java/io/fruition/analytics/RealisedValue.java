package io.fruition.analytics;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.shared.NotFoundException;

/** The ideas a partnership realised in a year and the annual value they realised for each side. */
@Service
@Transactional(readOnly = true)
public class RealisedValue {

    private final JdbcClient jdbc;
    private final Partnerships partnerships;
    private final Clock clock;

    RealisedValue(JdbcClient jdbc, Partnerships partnerships, Clock clock) {
        this.jdbc = jdbc;
        this.partnerships = partnerships;
        this.clock = clock;
    }

    public record Year(int year, long ideasRealised, Map<Side, BigDecimal> valueBySide) {
    }

    /** This calendar year's realised ideas of a partnership the user belongs to. */
    public Year thisYear(String username, String prefix) {
        partnerships.membership(username, prefix)
                .orElseThrow(() -> new NotFoundException("There is no partnership " + prefix + " of yours."));
        int year = LocalDate.now(clock).getYear();
        Timestamp from = Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        Timestamp to = Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        long count = jdbc.sql("""
                select count(*) from idea i join partnership p on p.id = i.partnership_id
                where p.prefix = ? and i.status = 'REALISED' and i.status_changed_at >= ? and i.status_changed_at < ?""")
                .params(prefix, from, to).query(Long.class).single();
        Map<Side, BigDecimal> value = new EnumMap<>(Side.class);
        value.put(Side.CUSTOMER, BigDecimal.ZERO);
        value.put(Side.SUPPLIER, BigDecimal.ZERO);
        jdbc.sql("""
                select b.side, sum(b.annual_benefit) as total from realised_benefit b
                join idea i on i.id = b.idea_id join partnership p on p.id = i.partnership_id
                where p.prefix = ? and i.status = 'REALISED' and i.status_changed_at >= ? and i.status_changed_at < ?
                group by b.side""")
                .params(prefix, from, to)
                .query((rs, n) -> Map.entry(Side.valueOf(rs.getString("side")), rs.getBigDecimal("total")))
                .list().forEach(e -> value.put(e.getKey(), e.getValue()));
        return new Year(year, count, value);
    }
}
