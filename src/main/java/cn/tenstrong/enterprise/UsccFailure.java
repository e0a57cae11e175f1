package cn.tenstrong.enterprise;

/** 统一社会信用代码校验失败的环节 (which rule of GB 32100-2015 a code broke). */
public enum UsccFailure {
    /** 长度不是18位. */
    LENGTH("长度应为18位"),
    /** 含有不允许的字符 (I、O、Z、S、V 或小写、符号). */
    CHARSET("含有不允许的字符（代码字符集为0-9及除I、O、Z、S、V外的大写字母）"),
    /** 第1位登记管理部门代码无效. */
    REGISTRATION_AUTHORITY("第1位登记管理部门代码无效"),
    /** 第2位机构类别代码与登记管理部门不匹配. */
    ENTITY_TYPE("第2位机构类别代码无效"),
    /** 第3-8位登记管理机关行政区划码无效. */
    REGION("第3-8位登记管理机关行政区划码无效"),
    /** 第9-17位组织机构代码校验码错误 (GB 11714). */
    ORGANIZATION_CODE("第9-17位组织机构代码的校验码错误（GB 11714）"),
    /** 第18位校验码错误. */
    CHECK_DIGIT("第18位校验码错误");

    private final String message;

    UsccFailure(String message) {
        this.message = message;
    }

    /** 中文说明. */
    public String message() {
        return message;
    }
}
