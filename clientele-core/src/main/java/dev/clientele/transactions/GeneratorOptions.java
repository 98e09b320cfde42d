package dev.clientele.transactions;

import java.time.LocalDate;

/**
 * Settings of {@link TransactionGenerator}, validated once here.
 *
 * @param customers              number of customers, must be >= 1
 * @param seed                   random seed; the same options give the same log, byte for byte
 * @param start                  first day a customer can be acquired
 * @param end                    last day of the log (inclusive), must be after {@code start}
 * @param meanDaysBetween        mean of the customers' mean days between purchases while alive, must be > 0
 * @param meanLifetimeDays       mean of the customers' mean lifetimes after their first purchase, must be > 0
 * @param heterogeneity          gamma shape of the purchase and dropout rates across customers (smaller =
 *                               more unequal customers), must be > 0
 * @param seasonality            amplitude of the yearly purchase-rate cycle peaking mid-December, in [0, 1)
 * @param medianItemPrice        median price of one item, must be > 0
 * @param refundRate             share of purchases refunded later (a negative row), in [0, 1)
 */
public record GeneratorOptions(int customers, long seed, LocalDate start, LocalDate end, double meanDaysBetween,
                               double meanLifetimeDays, double heterogeneity, double seasonality,
                               double medianItemPrice, double refundRate) {

    /** Default period of the log: two calendar years. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2023, 1, 1);
    public static final LocalDate DEFAULT_END = LocalDate.of(2024, 12, 31);

    public GeneratorOptions {
        if (customers < 1) {
            throw new IllegalArgumentException("customers must be >= 1, got " + customers);
        }
        if (start == null || end == null) {
            throw new IllegalArgumentException("start and end dates are required");
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end (" + end + ") must be after start (" + start + ")");
        }
        positive("meanDaysBetween", meanDaysBetween);
        positive("meanLifetimeDays", meanLifetimeDays);
        positive("heterogeneity", heterogeneity);
        positive("medianItemPrice", medianItemPrice);
        if (!(seasonality >= 0 && seasonality < 1)) {
            throw new IllegalArgumentException("seasonality must be in [0, 1), got " + seasonality);
        }
        if (!(refundRate >= 0 && refundRate < 1)) {
            throw new IllegalArgumentException("--refund-rate must be in [0, 1), got " + refundRate);
        }
    }

    /**
     * The defaults: over two years, about 10 purchases per customer on average (unequally spread: the
     * median customer buys 5 times, a fifth buy once), a purchase every 26 days while alive on average, lifetimes
     * of a year on average, a December peak 30% above the mean rate, a median item price of 20.
     */
    public static GeneratorOptions defaults(int customers, long seed) {
        return new GeneratorOptions(customers, seed, DEFAULT_START, DEFAULT_END, 26, 365, 1.0, 0.3, 20, 0);
    }

    public GeneratorOptions withPeriod(LocalDate from, LocalDate to) {
        return new GeneratorOptions(customers, seed, from, to, meanDaysBetween, meanLifetimeDays, heterogeneity,
                seasonality, medianItemPrice, refundRate);
    }

    public GeneratorOptions withRefundRate(double rate) {
        return new GeneratorOptions(customers, seed, start, end, meanDaysBetween, meanLifetimeDays, heterogeneity,
                seasonality, medianItemPrice, rate);
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be > 0, got " + v);
        }
    }
}
