package cn.warmledger.persistence;

/**
 * What the benchmark reaches below the services of one data folder: the bulk writer and the bare baselines. Here, not
 * in service.bench, so AppContext can hand it out without service.app and service.bench depending on each other.
 */
public record BenchStore(BenchDataRepository data, BareQueries bare, ReportRepository reports, Transactor tx) {
}
