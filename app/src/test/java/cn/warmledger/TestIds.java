package cn.warmledger;

/** Real-form 身份证号 with correct GB 11643 check characters, worked out by hand. */
public final class TestIds {
    /** The standard's own example: female, born 1949-12-31, check character X. */
    public static final String X_CHECKSUM = "11010519491231002X";
    /** The same person's 15-digit pre-1999 number. */
    public static final String OLD_15 = "110105491231002";
    /** Male, born 1980-01-01. */
    public static final String MALE_1980 = "340102198001011231";
    /** Female, born 1985-06-15. */
    public static final String FEMALE_1985 = "340102198506152347";
    /** Male, born 1990-03-08. */
    public static final String MALE_1990 = "340102199003083452";
    /** Female, born 1975-05-20. */
    public static final String FEMALE_1975 = "340122197505204564";
    /** Male, born 1962-01-01. */
    public static final String MALE_1962 = "340102196201010074";
    /** Female, born 1980-12-24. */
    public static final String FEMALE_1980 = "340102198012240048";

    private TestIds() {
    }
}
