package cn.warmledger.domain;

/** How much of a service item a campaign delivered (e.g. 送春联 1200 幅). */
public record ServiceTally(ServiceItem item, long quantity) {
}
