package cn.warmledger.service.imports;

import java.util.List;

import cn.warmledger.domain.CodedEnum;

/**
 * What a column of an imported sheet can mean, with the headers real sheets use for it (compared after
 * dropping spaces, units in brackets and required-field stars). {@code maxLength} is the column's size in
 * the register for free text, 0 for values that are parsed.
 */
public enum ImportField implements CodedEnum {
    NAME(64, "姓名", "户主姓名", "职工姓名", "困难职工姓名", "慰问对象姓名", "对象姓名", "名字"),
    ID_NUMBER(0, "身份证号", "身份证号码", "公民身份号码", "证件号码", "身份证", "居民身份证号码", "身份证件号码", "公民身份证号码"),
    GENDER(0, "性别"),
    BIRTH_DATE(0, "出生日期", "出生年月", "出生年月日"),
    PHONE(0, "联系电话", "手机", "手机号码", "手机号", "电话", "电话号码", "联系方式"),
    EMPLOYER(200, "工作单位", "单位名称", "单位", "所在单位", "所在企业", "企业名称"),
    ADDRESS(300, "住址", "家庭住址", "现住址", "家庭地址", "居住地址", "户籍地址"),
    CATEGORY(0, "对象类别", "慰问对象类别", "人员类别", "对象类型", "类别"),
    HARDSHIP_TYPE(0, "困难类别", "困难类型", "困难程度", "困难职工类别"),
    FILE_STATUS(0, "档案状态", "建档状态", "状态"),
    CAUSE(0, "致困原因", "主要致困原因", "困难原因", "致贫原因"),
    HOUSEHOLD_SIZE(0, "家庭人口", "家庭人口数", "家庭人数", "家庭成员人数", "人口数"),
    MONTHLY_INCOME_PER_CAPITA(0, "人均月收入", "家庭月人均收入", "家庭人均月收入", "月人均收入", "人均收入"),
    HOUSEHOLD_ANNUAL_INCOME(0, "家庭年收入", "家庭年总收入", "家庭年可支配收入"),
    OWN_MONTHLY_INCOME(0, "本人月收入", "个人月收入", "月收入"),
    BANK_NAME(100, "开户银行", "开户行"),
    BANK_ACCOUNT(0, "银行卡号", "银行账号", "银行帐号", "卡号", "账号"),
    FILE_NUMBER(64, "职工编号", "档案编号", "档案号"),
    FILED_ON(0, "建档日期", "建档时间"),
    PAIRED_CADRE(64, "结对帮扶干部", "帮扶干部", "帮扶责任人"),
    NOTE(1000, "备注"),
    // a roster of a past campaign (慰问花名册): what each person received
    CASH(0, "慰问金", "慰问金额", "金额", "发放金额", "慰问金数额", "现金", "慰问资金"),
    GOODS(300, "慰问品", "物品", "慰问物品", "实物", "慰问物资"),
    GOODS_VALUE(0, "折价", "慰问品折价", "物品折价", "慰问品价值", "实物折价", "折合金额", "慰问品金额"),
    VISITED_ON(0, "慰问日期", "走访日期", "发放日期", "慰问时间", "走访时间", "发放时间"),
    VISIT_FORM(0, "慰问形式", "走访形式", "慰问方式"),
    FUND_SOURCE(0, "资金来源", "经费来源", "资金渠道"),
    VISITORS(300, "走访人", "慰问人", "走访人员", "慰问人员"),
    ASSISTANCE_KIND(0, "帮扶类别", "救助类别", "救助类型", "帮扶类型");

    private final int maxLength;
    private final List<String> synonyms;

    ImportField(int maxLength, String... synonyms) {
        this.maxLength = maxLength;
        this.synonyms = List.of(synonyms);
    }

    public List<String> synonyms() {
        return synonyms;
    }

    int maxLength() {
        return maxLength;
    }

    /** Required in every kind of import (姓名, 身份证号); {@link ImportKind#required()} adds the kind's own. */
    public boolean isRequired() {
        return this == NAME || this == ID_NUMBER;
    }
}
