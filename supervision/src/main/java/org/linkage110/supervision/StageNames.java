package org.linkage110.supervision;

import org.linkage110.domain.calendar.Stage;

/** The stages' names in notifications and documents. */
final class StageNames {

    private StageNames() {
    }

    static String zh(Stage stage) {
        return switch (stage) {
            case SIGN_FOR -> "签收";
            case CALLER_CONTACT -> "联系报警人";
            case VIDEO_PULL -> "调取视频";
            case DEPART -> "出动";
            case ARRIVE -> "到场";
            case FIRST_REPORT -> "首次反馈";
            case RESULT -> "办结";
        };
    }
}
