package org.tierwatch.generate;

import java.util.SplittableRandom;

/**
 * Standard normal draws from StrictMath (Box-Muller), so the same seed gives the same numbers on
 * every JVM and CPU; the JDK's own nextGaussian and Math.exp may differ in the last bit.
 */
final class Gaussian {

    private Gaussian() {
    }

    static double next(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
    }
}
