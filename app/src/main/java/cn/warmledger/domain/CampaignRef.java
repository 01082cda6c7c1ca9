package cn.warmledger.domain;

/** A campaign as a chooser and a report header need it. */
public record CampaignRef(long id, String name, int year) {
    @Override
    public String toString() {
        return name;
    }
}
