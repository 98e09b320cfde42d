package dev.clientele.transactions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A deliberately plain reference for the feature definitions of {@link TransactionFeatures}: rows in lists,
 * one customer at a time, no SQL. Independent of the code under test; used to check it row by row.
 */
final class NaiveFeatures {
    /** One transaction. */
    record Row(String customer, LocalDate date, double amount, double quantity) {
    }

    /** The expected features of one customer; NaN where a value is missing. */
    record Expected(double recencyDays, double frequency, double monetaryTotal, double monetaryMean, double tenureDays,
                    double ipMean, double ipStd, double spendLast90, double spendPrev90, double spendTrend,
                    double activeMonths, double quantityTotal, double quantityMean, double churned) {
        double[] values() {
            return new double[] {recencyDays, frequency, monetaryTotal, monetaryMean, tenureDays, ipMean, ipStd,
                spendLast90, spendPrev90, spendTrend, activeMonths, quantityTotal, quantityMean, churned};
        }
    }

    private NaiveFeatures() {
    }

    /** Reads the raw CDNOW file: whitespace-separated id, yyyymmdd date, item count, dollar value. */
    static List<Row> readCdnow(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 4) {
                rows.add(new Row(f[0], LocalDate.parse(f[1], DateTimeFormatter.BASIC_ISO_DATE),
                        Double.parseDouble(f[3]), Double.parseDouble(f[2])));
            }
        }
        return rows;
    }

    /** Features of every customer with a purchase on or before {@code cutoff}, keyed by customer. */
    static Map<String, Expected> compute(List<Row> rows, LocalDate cutoff, int horizon) {
        LocalDate logEnd = rows.stream().map(Row::date).max(LocalDate::compareTo).orElseThrow();
        boolean labelled = !cutoff.plusDays(horizon).isAfter(logEnd);
        Map<String, List<Row>> byCustomer = new TreeMap<>();
        for (Row r : rows) {
            byCustomer.computeIfAbsent(r.customer(), k -> new ArrayList<>()).add(r);
        }
        Map<String, Expected> out = new TreeMap<>();
        for (var e : byCustomer.entrySet()) {
            Expected x = one(e.getValue(), cutoff, horizon, labelled);
            if (x != null) {
                out.put(e.getKey(), x);
            }
        }
        return out;
    }

    private static Expected one(List<Row> rows, LocalDate cutoff, int horizon, boolean labelled) {
        TreeSet<LocalDate> days = new TreeSet<>();
        double total = 0;
        double quantity = 0;
        double last90 = 0;
        double prev90 = 0;
        boolean boughtLater = false;
        for (Row r : rows) {
            if (r.date().isAfter(cutoff)) {
                if (r.amount() >= 0 && !r.date().isAfter(cutoff.plusDays(horizon))) {
                    boughtLater = true;
                }
                continue;
            }
            if (r.amount() >= 0) {
                days.add(r.date());
            }
            total += r.amount();
            quantity += r.quantity();
            long ago = ChronoUnit.DAYS.between(r.date(), cutoff);
            if (ago < 90) {
                last90 += r.amount();
            } else if (ago < 180) {
                prev90 += r.amount();
            }
        }
        if (days.isEmpty()) {
            return null;
        }
        List<Long> gaps = new ArrayList<>();
        LocalDate prev = null;
        Set<String> months = new HashSet<>();
        for (LocalDate d : days) {
            if (prev != null) {
                gaps.add(ChronoUnit.DAYS.between(prev, d));
            }
            months.add(d.getYear() + "-" + d.getMonthValue());
            prev = d;
        }
        double mean = gaps.isEmpty() ? Double.NaN : gaps.stream().mapToLong(Long::longValue).sum() / (double) gaps.size();
        double ss = 0;
        for (long g : gaps) {
            ss += (g - mean) * (g - mean);
        }
        double std = gaps.size() < 2 ? Double.NaN : Math.sqrt(ss / (gaps.size() - 1));
        double denominator = Math.abs(last90) + Math.abs(prev90);
        int n = days.size();
        return new Expected(ChronoUnit.DAYS.between(days.last(), cutoff), n - 1, total, total / n,
                ChronoUnit.DAYS.between(days.first(), cutoff), mean, std, last90, prev90,
                denominator == 0 ? 0 : (last90 - prev90) / denominator, months.size(), quantity, quantity / n,
                labelled ? (boughtLater ? 0 : 1) : Double.NaN);
    }
}
