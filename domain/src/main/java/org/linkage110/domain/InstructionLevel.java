package org.linkage110.domain;

import java.util.Arrays;

/** Level of an instruction (指令等级, 003): 1 urgent, 2 non-urgent. */
public enum InstructionLevel {
    URGENT(1),
    NON_URGENT(2);

    private final int number;

    InstructionLevel(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static InstructionLevel of(int number) {
        return Arrays.stream(values())
                .filter(level -> level.number == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no instruction level " + number));
    }
}
