// A UN Secretary-General's report as a text file lays it out: symbol, organ, title, date, roman
// headings, numbered paragraphs. Shared by the indexer's unit tests, the student library's API
// test and the biblatex export test, which all read this one document (review17-b finding 10, D1).

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
