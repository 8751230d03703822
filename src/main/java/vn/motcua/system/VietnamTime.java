package vn.motcua.system;

import java.time.ZoneId;

/** The one time zone of the law's days: a file received at 23:30 UTC was received the next day in Vietnam. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }
}
