package cn.warmledger.service.settings;

import java.util.List;

import cn.warmledger.domain.Organization;
import cn.warmledger.persistence.OrganizationRepository;

/** The units a recipient or a visit can belong to. */
public final class OrganizationService {
    private final OrganizationRepository organizations;

    public OrganizationService(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    public List<Organization> recipientUnits() {
        return organizations.recipientUnits();
    }
}
