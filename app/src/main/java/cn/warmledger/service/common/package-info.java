/**
 * What every service feature package may use and none owns: the data folder's paths ({@code AppPaths}), who
 * is signed in ({@code CurrentOperator}), the clerk's wording of any failure ({@code ClerkMessages}), the version, and
 * the export progress type that reports, printing and consolidation share. Depends on no feature package.
 */
package cn.warmledger.service.common;
