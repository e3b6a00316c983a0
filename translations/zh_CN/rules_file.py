# 简体中文 of the rules file's messages (issue 4).
{
    "Could not save the rules: %1": "无法保存规则：%1",
    "%1: the rules file is larger than 64 MiB; the rules loaded before stay in force.": "%1：规则文件大于 64 MiB；之前加载的规则继续生效。",
    "%1: could not read the rules file (%2); the rules loaded before stay in force.": "%1：无法读取规则文件（%2）；之前加载的规则继续生效。",
    "%1: %2 The rules loaded before stay in force.": "%1：%2 之前加载的规则继续生效。",
}
