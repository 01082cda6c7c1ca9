package cn.warmledger.service.bench;

import cn.warmledger.persistence.BareQueries;
import cn.warmledger.persistence.BenchDataRepository;
import cn.warmledger.persistence.ReportRepository;
import cn.warmledger.persistence.Transactor;

/** What the benchmark reaches below the services of one data folder: the bulk writer and the bare baselines. */
public record BenchStore(BenchDataRepository data, BareQueries bare, ReportRepository reports, Transactor tx) {
}
