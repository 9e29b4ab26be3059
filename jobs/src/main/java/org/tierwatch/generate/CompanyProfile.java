package org.tierwatch.generate;

/** The kind of place and name a new company gets. */
enum CompanyProfile {
    LIAONING,
    JILIN,
    /** A Chinese company outside the north-east with an ordinary address. */
    CHINA_ELSEWHERE,
    /** Outside the north-east, on a street named after a north-east place or in a look-alike district. */
    TRAP_STREET,
    /** Outside the north-east, with a six-digit room or order number starting 11 to 13 in the address. */
    TRAP_NUMBER,
    /** Malaysian, with a "Jl." or "JL" (Jalan) street and a postcode starting with 1 or 4. */
    MALAYSIA_JALAN,
    /** Korean-named, in Seoul. */
    KOREAN_SEOUL,
    /** Korean-named, in Qingdao. */
    KOREAN_QINGDAO,
    /** Outside China, in a country without overseas-labour evidence for the company's family. */
    FOREIGN_CLEAN,
    /** Outside China, any country. */
    FOREIGN_ANY
}
