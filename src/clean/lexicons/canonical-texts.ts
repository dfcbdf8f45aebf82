/**
 * Canonical legal titles and sentences: the evidence that lets the spam repair put back a word that is not in
 * a title slot. A repair is made only when a brand token sits between a left and a right context that read
 * the same as one of these texts (or as clean text elsewhere in the batch), so the missing words are proven.
 */
export const CANONICAL_TEXTS: readonly string[] = [
  // 《中华人民共和国政府信息公开条例》(国务院令第711号) 第十二条 (seed 001 quotes it with 政府信息公开目录 replaced).
  '行政机关编制、公布的政府信息公开指南和政府信息公开目录应当及时更新。',
  '政府信息公开指南包括政府信息的分类、编排体系、获取方式和政府信息公开工作机构的名称、办公地址、办公时间、联系电话、传真号码、互联网联系方式等内容。',
  '政府信息公开目录包括政府信息的索引、名称、内容概述、生成日期等内容。',
  // 第二十条 (the 15 proactive items' lead-in) and 第二十六条 (the default time limit).
  '行政机关应当依照本条例第十九条的规定,主动公开本行政机关的下列政府信息:',
  '属于主动公开范围的政府信息,应当自该政府信息形成或者变更之日起20个工作日内及时公开。',
  // The fixed section titles of the annual report (政府信息公开工作年度报告格式, 国办公开办函〔2021〕30号).
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
  // Titles cited across catalogues (seed 001).
  '《中华人民共和国政府信息公开条例》',
  '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》',
  '《人力资源社会保障部关于深化政务公开的意见》',
  '《关于进一步加强企业特殊工种提前退休管理工作的通知》',
  '《中共中央办公厅国务院办公厅印发〈关于全面推进政务公开工作的意见〉的通知》',
  '《国务院办公厅关于做好政府信息依申请公开工作的意见》',
  '《国务院关于机关事业单位工作人员养老保险制度改革的决定》',
  '《就业和社会保险领域基层政务公开标准指引》',
  '《失业保险条例》',
  '《工伤保险条例》',
  '《社会保险费征缴暂行条例》',
  '《人力资源市场暂行条例》',
  '《中华人民共和国社会保险法》',
  '《中华人民共和国就业促进法》',
];
