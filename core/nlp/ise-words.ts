// English words ending in -ise that have no -ize spelling (from English morphology, not from any
// corpus): the -ise of -wise (likewise, otherwise), -vise (advise, revise, supervise, televise,
// improvise), -prise (comprise, enterprise, surprise), -guise, -spise, -chise (franchise), -oise,
// -aise, -uise (noise, praise, cruise), the Latin -cise of cutting (excise, incise, circumcise,
// concise, precise, exercise), and single words whose ending is shared with real -ise/-ize pairs
// (promise and compromise beside economise; demise and premise beside systemise; advertise,
// chastise, expertise beside prioritise; merchandise, paradise beside standardise; sunrise beside
// summarise; practise, the British verb of "practice").
const NOT_IZE = /(?:wise|vise|prise|guise|spise|chise|oise|aise|uise|ercise|xcise|ncise|mcise|ecise|romise|^demise|^premise|chemise|surmise|advertise|chastise|expertise|treatise|mortise|merchandise|paradise|^(?:sun|moon|up)rise|valise|cerise|practise)$/;

/** Whether a word's -ise base ("expertise", "likewise", "advise") is no British spelling of an -ize word. */
export const noIzeSpelling = (base: string): boolean => NOT_IZE.test(base);
