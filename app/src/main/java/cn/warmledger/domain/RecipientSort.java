package cn.warmledger.domain;

/**
 * The register's order, chosen by clicking a column heading: applied by the database, so a page of a sorted
 * result is that page of the whole result, not a sort of the rows loaded so far. Ties go newest first.
 */
public enum RecipientSort {
    NEWEST, NAME, GENDER, ID_NUMBER, PHONE, EMPLOYER, CATEGORY, HARDSHIP_TYPE, FILE_STATUS, UNIT
}
