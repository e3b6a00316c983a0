# 简体中文 of the template library's messages (issue 5).
{
    "a template needs a name": "模板需要一个名称",
    "cannot create the templates folder": "无法创建模板文件夹",
    "cannot delete the template: %1": "无法删除模板：%1",
    "cannot read the file: %1": "无法读取文件：%1",
    "cannot write the file: %1": "无法写入文件：%1",
    "cannot write the template: %1": "无法写入模板：%1",
    "its id \"%1\" is not its file name": "其 ID“%1”与文件名不一致",
    "line 2: \"id\" must be lower-case letters, digits, '.', '_' or '-' (got \"%1\")":
        "第 2 行：“id”只能包含小写字母、数字、“.”、“_”或“-”（实际为“%1”）",
    "no template with this id": "没有此 ID 的模板",
    "not a template of the profile": "不是此配置目录中的模板",
    "not an AlertDesk template: it must begin with a \"---\" line and the keys id, name and version":
        "不是 AlertDesk 模板：它必须以“---”行开头，并包含 id、name 和 version 键",
    "only your own templates can be renamed": "只能重命名您自己的模板",
    "shipped templates are read-only: duplicate to edit": "内置模板为只读：请复制后再编辑",
    "shipped templates cannot be deleted": "内置模板不能删除",
    "the front matter has no closing \"---\" line": "前置信息缺少结束的“---”行",
}
