package dev.clientele.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Seeded property tests in plain JUnit 5: a test annotated {@code @Seeds.Cases(50)} takes {@code long seed}
 * from the fixed list 1 .. 50, builds its inputs with {@code new SplittableRandom(seed)} and the draws below,
 * and asserts the property. Every seed is one reported case ({@link #NAME}), so a failure names the seed
 * that reproduces it and reruns are deterministic.
 *
 * <p>The draws favour the ends of a range (where off-by-one and degenerate-input bugs live): each end
 * comes up with probability 1/8, the rest is uniform, like the edge-case mixing of property-testing
 * generators.
 */
public final class Seeds {
    /** Display name of one case: {@code @ParameterizedTest(name = Seeds.NAME)}. */
    public static final String NAME = "seed {0}";

    private Seeds() {
    }

    /** A parameterized test run once for each of the seeds 1 .. {@link #value()}. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ParameterizedTest(name = NAME)
    @ArgumentsSource(Provider.class)
    public @interface Cases {
        /** How many seeds (cases); >= 1. */
        int value();
    }

    /** Supplies the seeds of {@link Cases}. */
    static final class Provider extends AnnotationBasedArgumentsProvider<Cases> {
        @Override
        protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context,
                                                               Cases cases) {
            return first(cases.value()).mapToObj(Arguments::of);
        }
    }

    /** The seeds 1 .. count. */
    public static LongStream first(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, got " + count);
        }
        return LongStream.rangeClosed(1, count);
    }

    /** An int in [min, max]: min or max with probability 1/8 each, otherwise uniform. */
    public static int between(SplittableRandom r, int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("min must be <= max, got [" + min + ", " + max + "]");
        }
        return switch (r.nextInt(8)) {
            case 0 -> min;
            case 1 -> max;
            default -> (int) r.nextLong(min, (long) max + 1);
        };
    }

    /**
     * A double in [min, max]: min or max with probability 1/8 each, 0, 1 or -1 (when inside the range) with
     * probability 1/8, otherwise uniform.
     */
    public static double between(SplittableRandom r, double min, double max) {
        if (!(min <= max)) {
            throw new IllegalArgumentException("min must be <= max, got [" + min + ", " + max + "]");
        }
        int pick = r.nextInt(8);
        if (pick < 2) {
            return pick == 0 ? min : max;
        }
        if (pick == 2) {
            double small = r.nextInt(3) - 1;
            if (small >= min && small <= max) {
                return small;
            }
        }
        return min + r.nextDouble() * (max - min);
    }
}
