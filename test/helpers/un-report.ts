// A UN Secretary-General's report as a text file lays it out: symbol, organ, subject, date,
// roman-numbered sections and numbered paragraphs (userreview17). One text for the unit and the
// server tests (review17 b, 10).
export const UN_REPORT = `S/2023/345

United Nations Security Council

Protection of civilians in armed conflict

Report of the Secretary-General

12 May 2023

I. Introduction

1. The present report is submitted pursuant to the request of the Security Council in its presidential statement S/PRST/2022/1. It covers the period from January to December 2022.

II. State of the protection of civilians

2. In 2022, civilians continued to bear the brunt of armed conflict. Humanitarian access was impeded by parties to conflict, including non-state armed groups.

3. Humanitarian organisations must be able to engage with all parties to conflict, including non-state armed groups, for humanitarian purposes.

III. Recommendations

4. I urge Member States to ensure that counter-terrorism measures do not impede principled humanitarian action.
`;
