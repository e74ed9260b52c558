package org.complaintledger.code;

/**
 * A stage of the complaints procedure. The 2024 Code allows two (5.3); the earlier Code allowed an
 * optional third, which is why {@link #THREE} exists: whether a stage may be used is the policy's call,
 * never the enum's.
 */
public enum Stage {
    ONE, TWO, THREE;

    public int number() {
        return ordinal() + 1;
    }

    public static Stage of(int number) {
        if (number < 1 || number > values().length) {
            throw new IllegalArgumentException("no stage " + number);
        }
        return values()[number - 1];
    }

    public boolean hasNext() {
        return ordinal() + 1 < values().length;
    }

    public Stage next() {
        return values()[ordinal() + 1];
    }
}
