/**
 * Laws that set their own disclosure periods, which 条例 第二十六条 defers to
 * ("法律、法规对政府信息公开的期限另有规定的，从其规定"). Matched as substrings of a citation title, so
 * `预算法` also covers 《预算法实施条例》. Deliberately short: add a law only with the article that sets its period.
 */
export const OWN_LIMIT_LAWS = [
  '预算法', // 第十四条: budgets and final accounts within 20 (calendar) days of approval
  '政府采购法', // and its 实施条例: procurement notices and contracts have their own periods
  '招标投标法', // and its 实施条例: bidding notices and results have their own periods
];
