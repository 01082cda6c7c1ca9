package cn.warmledger.service.imports;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.HardshipCause;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.VisitForm;

/**
 * The words sheets use for our enumerations: the exact label or code first, then the usual short forms
 * (深度 for 深度困难, 劳模 for 劳动模范/工匠, 因病 for 患重特大疾病). Anything else is refused with the choices.
 */
final class Vocabulary {
    private static final Map<String, RecipientCategory> CATEGORY = new LinkedHashMap<>();
    private static final Map<String, HardshipType> TYPE = new LinkedHashMap<>();
    private static final Map<String, FileStatus> STATUS = new LinkedHashMap<>();
    private static final Map<String, HardshipCause> CAUSE = new LinkedHashMap<>();
    private static final Map<String, VisitForm> FORM = new LinkedHashMap<>();
    private static final Map<String, FundSource> SOURCE = new LinkedHashMap<>();
    private static final Map<String, AssistanceKind> KIND = new LinkedHashMap<>();

    static {
        CATEGORY.put("困难企业", RecipientCategory.STRUGGLING_ENTERPRISE_WORKER);
        CATEGORY.put("困难", RecipientCategory.HARDSHIP_WORKER);
        CATEGORY.put("劳模", RecipientCategory.MODEL_WORKER);
        CATEGORY.put("劳动模范", RecipientCategory.MODEL_WORKER);
        CATEGORY.put("工匠", RecipientCategory.MODEL_WORKER);
        CATEGORY.put("医务", RecipientCategory.MEDICAL_FRONTLINE);
        CATEGORY.put("医护", RecipientCategory.MEDICAL_FRONTLINE);
        CATEGORY.put("农民工", RecipientCategory.MIGRANT_WORKER);
        CATEGORY.put("户外", RecipientCategory.OUTDOOR_OR_GIG_WORKER);
        CATEGORY.put("新就业", RecipientCategory.OUTDOOR_OR_GIG_WORKER);
        CATEGORY.put("快递", RecipientCategory.OUTDOOR_OR_GIG_WORKER);
        CATEGORY.put("外卖", RecipientCategory.OUTDOOR_OR_GIG_WORKER);
        CATEGORY.put("公共服务", RecipientCategory.PUBLIC_SERVICE_FRONTLINE);
        CATEGORY.put("一线", RecipientCategory.PUBLIC_SERVICE_FRONTLINE);
        CATEGORY.put("其他", RecipientCategory.OTHER);
        TYPE.put("深度", HardshipType.DEEP);
        TYPE.put("相对", HardshipType.RELATIVE);
        TYPE.put("意外", HardshipType.ACCIDENT);
        STATUS.put("渐退", FileStatus.PHASING_OUT);
        STATUS.put("退档", FileStatus.EXITED);
        STATUS.put("已脱困", FileStatus.EXITED);
        STATUS.put("注销", FileStatus.CANCELLED);
        STATUS.put("在档", FileStatus.ACTIVE);
        STATUS.put("在册", FileStatus.ACTIVE);
        CAUSE.put("无劳动", HardshipCause.NO_WORK_ABILITY);
        CAUSE.put("残", HardshipCause.NO_WORK_ABILITY);
        CAUSE.put("未就业", HardshipCause.UNEMPLOYED_ABLE);
        CAUSE.put("下岗", HardshipCause.LAID_OFF);
        CAUSE.put("失业", HardshipCause.LAID_OFF);
        CAUSE.put("未参加社会保险", HardshipCause.NO_SOCIAL_INSURANCE);
        CAUSE.put("未参保", HardshipCause.NO_SOCIAL_INSURANCE);
        CAUSE.put("待遇", HardshipCause.INSURANCE_NOT_PAID);
        CAUSE.put("病", HardshipCause.SERIOUS_ILLNESS);
        CAUSE.put("灾", HardshipCause.NATURAL_DISASTER);
        CAUSE.put("事故", HardshipCause.ACCIDENT);
        CAUSE.put("意外", HardshipCause.ACCIDENT);
        CAUSE.put("学", HardshipCause.SCHOOLING);
        CAUSE.put("其他", HardshipCause.OTHER);
        FORM.put("集中", VisitForm.GROUP_EVENT);
        FORM.put("座谈", VisitForm.GROUP_EVENT);
        FORM.put("上门", VisitForm.HOME_VISIT);
        FORM.put("入户", VisitForm.HOME_VISIT);
        FORM.put("走访", VisitForm.HOME_VISIT);
        FORM.put("电话", VisitForm.PHONE_CALL);
        FORM.put("信", VisitForm.LETTER);
        FORM.put("帮扶中心", VisitForm.AID_CENTER);
        FORM.put("接待", VisitForm.AID_CENTER);
        SOURCE.put("全国总工会", FundSource.ACFTU);
        SOURCE.put("全总", FundSource.ACFTU);
        SOURCE.put("省", FundSource.PROVINCIAL);
        SOURCE.put("市", FundSource.CITY);
        SOURCE.put("县", FundSource.COUNTY);
        SOURCE.put("区总", FundSource.COUNTY);
        SOURCE.put("基层", FundSource.GRASSROOTS);
        SOURCE.put("本级", FundSource.GRASSROOTS);
        SOURCE.put("镇", FundSource.GRASSROOTS);
        SOURCE.put("乡", FundSource.GRASSROOTS);
        SOURCE.put("街道", FundSource.GRASSROOTS);
        SOURCE.put("财政", FundSource.FISCAL);
        SOURCE.put("党政", FundSource.GOVERNMENT);
        SOURCE.put("政府", FundSource.GOVERNMENT);
        SOURCE.put("捐", FundSource.DONATION);
        SOURCE.put("社会", FundSource.DONATION);
        KIND.put("温暖", AssistanceKind.WARMTH);
        KIND.put("生活", AssistanceKind.LIVING);
        KIND.put("医疗", AssistanceKind.MEDICAL);
        KIND.put("助医", AssistanceKind.MEDICAL);
        KIND.put("学", AssistanceKind.EDUCATION);
        KIND.put("临时", AssistanceKind.EMERGENCY);
        KIND.put("应急", AssistanceKind.EMERGENCY);
    }

    private Vocabulary() {
    }

    static RecipientCategory category(String header, String text) {
        return lookup(RecipientCategory.class, CATEGORY, header, text);
    }

    static HardshipType hardshipType(String header, String text) {
        return lookup(HardshipType.class, TYPE, header, text);
    }

    static FileStatus fileStatus(String header, String text) {
        return lookup(FileStatus.class, STATUS, header, text);
    }

    static HardshipCause cause(String header, String text) {
        return lookup(HardshipCause.class, CAUSE, header, text);
    }

    static VisitForm visitForm(String header, String text) {
        return lookup(VisitForm.class, FORM, header, text);
    }

    static FundSource fundSource(String header, String text) {
        return lookup(FundSource.class, SOURCE, header, text);
    }

    static AssistanceKind assistanceKind(String header, String text) {
        return lookup(AssistanceKind.class, KIND, header, text);
    }

    private static <E extends Enum<E> & CodedEnum> E lookup(Class<E> type, Map<String, E> words, String header,
                                                            String text) {
        String t = text.strip();
        Optional<E> exact = CodedEnum.fromText(type, t);
        if (exact.isPresent()) {
            return exact.get();
        }
        for (Map.Entry<String, E> w : words.entrySet()) {
            if (t.contains(w.getKey())) {
                return w.getValue();
            }
        }
        throw new InvalidValueException(header, Messages.get("error.enum.unknown", t,
                String.join("、", Arrays.stream(type.getEnumConstants()).map(CodedEnum::label).toList())));
    }
}
