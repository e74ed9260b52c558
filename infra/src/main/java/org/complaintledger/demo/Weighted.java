package org.complaintledger.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A choice among values in given proportions. */
final class Weighted<T> {

    private final List<T> values = new ArrayList<>();
    private final List<Double> upTo = new ArrayList<>();
    private double total;

    Weighted<T> with(T value, double weight) {
        total += weight;
        values.add(value);
        upTo.add(total);
        return this;
    }

    T pick(SplittableRandom random) {
        double at = random.nextDouble() * total;
        for (int i = 0; i < values.size(); i++) {
            if (at < upTo.get(i)) {
                return values.get(i);
            }
        }
        return values.getLast();
    }
}
