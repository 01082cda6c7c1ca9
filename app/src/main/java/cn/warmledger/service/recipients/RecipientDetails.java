package cn.warmledger.service.recipients;

import java.util.List;
import java.util.Optional;

import cn.warmledger.domain.FamilyMember;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.StatusChange;

/** A recipient with everything the form edits. */
public record RecipientDetails(Recipient recipient, Optional<HardshipFile> hardshipFile, List<FamilyMember> family,
                               List<StatusChange> statusHistory) {
}
