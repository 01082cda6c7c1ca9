package cn.warmledger.domain;

import java.util.List;
import java.util.Set;

/**
 * Field names of the two statistics tables' per-单位 figures. The same names are the template fields
 * ({@code ${units.hardshipHouseholds}}); the guide under "field.NAME" explains each in Chinese.
 */
public final class StatFields {
    public static final String FUND_TOTAL = "fundTotal";
    public static final String ENTERPRISE_COUNT = "enterpriseCount";
    public static final String ENTERPRISE_AMOUNT = "enterpriseAmount";
    public static final String HARDSHIP_HOUSEHOLDS = "hardshipHouseholds";
    public static final String HARDSHIP_AMOUNT = "hardshipAmount";
    public static final String DEEP_HOUSEHOLDS = "deepHouseholds";
    public static final String RELATIVE_HOUSEHOLDS = "relativeHouseholds";
    public static final String ACCIDENT_HOUSEHOLDS = "accidentHouseholds";
    public static final String EXITED_HOUSEHOLDS = "exitedHouseholds";
    public static final String MODEL_WORKERS = "modelWorkers";
    public static final String MODEL_WORKER_AMOUNT = "modelWorkerAmount";
    public static final String MIGRANT_WORKERS = "migrantWorkers";
    public static final String MIGRANT_WORKER_AMOUNT = "migrantWorkerAmount";
    public static final String FRONTLINE_WORKERS = "frontlineWorkers";
    public static final String FRONTLINE_AMOUNT = "frontlineAmount";
    public static final String OTHER_PEOPLE = "otherPeople";
    public static final String OTHER_AMOUNT = "otherAmount";
    public static final String VISIT_COUNT = "visitCount";
    public static final String TOTAL_AMOUNT = "totalAmount";

    public static final String FILES_AT_START = "filesAtStart";
    public static final String FILES_ADDED = "filesAdded";
    public static final String FILES_EXITED = "filesExited";
    public static final String FILES_AT_END = "filesAtEnd";
    public static final String AID_AMOUNT = "aidAmount";
    public static final String JOB_FAIRS = "jobFairs";
    public static final String JOBS_POSTED = "jobsPosted";
    public static final String JOB_REFERRALS = "jobReferrals";
    public static final String TRAINEES = "trainees";
    public static final String LEGAL_CONSULTATIONS = "legalConsultations";
    public static final String LEGAL_AID_CASES = "legalAidCases";

    private StatFields() {
    }

    /** fundAcftu, fundProvincial, … : the 筹集资金 of one source. */
    public static String fund(FundSource source) {
        return "fund" + camel(source.code());
    }

    /** livingHouseholds, medicalHouseholds, … */
    public static String households(AssistanceKind kind) {
        return kind.code().toLowerCase() + "Households";
    }

    /** livingAmount, medicalAmount, … */
    public static String amount(AssistanceKind kind) {
        return kind.code().toLowerCase() + "Amount";
    }

    /** The 送温暖统计表's figures, in column order. */
    public static List<String> warmthStats() {
        List<String> fields = new java.util.ArrayList<>();
        fields.add(FUND_TOTAL);
        for (FundSource s : FundSource.values()) {
            fields.add(fund(s));
        }
        fields.addAll(List.of(ENTERPRISE_COUNT, ENTERPRISE_AMOUNT, HARDSHIP_HOUSEHOLDS, HARDSHIP_AMOUNT, DEEP_HOUSEHOLDS,
                RELATIVE_HOUSEHOLDS, ACCIDENT_HOUSEHOLDS, EXITED_HOUSEHOLDS, MODEL_WORKERS, MODEL_WORKER_AMOUNT,
                MIGRANT_WORKERS, MIGRANT_WORKER_AMOUNT, FRONTLINE_WORKERS, FRONTLINE_AMOUNT, OTHER_PEOPLE, OTHER_AMOUNT,
                VISIT_COUNT, TOTAL_AMOUNT));
        return fields;
    }

    /** The 帮扶中心工作统计表's figures, in column order. */
    public static List<String> aidCenter() {
        List<String> fields = new java.util.ArrayList<>(List.of(FILES_AT_START, FILES_ADDED, FILES_EXITED, FILES_AT_END));
        for (AssistanceKind k : List.of(AssistanceKind.LIVING, AssistanceKind.MEDICAL, AssistanceKind.EDUCATION,
                AssistanceKind.EMERGENCY, AssistanceKind.WARMTH)) {
            fields.add(households(k));
            fields.add(amount(k));
        }
        fields.addAll(List.of(AID_AMOUNT, JOB_FAIRS, JOBS_POSTED, JOB_REFERRALS, TRAINEES, LEGAL_CONSULTATIONS,
                LEGAL_AID_CASES));
        return fields;
    }

    /** Money figures (元 in the database, 万元 in the statistics tables); the rest are counts. */
    public static boolean isMoney(String field) {
        return field.startsWith("fund") || field.endsWith("Amount");
    }

    public static Set<String> all() {
        Set<String> all = new java.util.LinkedHashSet<>(warmthStats());
        all.addAll(aidCenter());
        return all;
    }

    private static String camel(String code) {
        StringBuilder sb = new StringBuilder();
        for (String part : code.toLowerCase().split("_")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }
}
