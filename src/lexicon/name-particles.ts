// Small words written in lower case inside foreign names, between capitalised words ("Mohammed
// bin Salman", "Ursula von der Leyen", "Luiz Inácio Lula da Silva", "Ronald dela Rosa") or glued
// to the next one by a hyphen ("Bashar al-Assad").

export const NAME_PARTICLES: readonly string[] = ['al', 'el', 'bin', 'binti', 'ibn', 'van', 'von', 'de', 'da', 'di', 'del', 'dela', 'der', 'la', 'le'];

/** Particles written after another one ("von der Leyen", "van den Berg", "de la Vega"). */
export const SECOND_NAME_PARTICLES: readonly string[] = ['der', 'den', 'de', 'la', 'le'];

/** Particles glued to the word after them ("al-Assad", "el-Sisi"). */
export const GLUED_NAME_PARTICLES: readonly string[] = ['al', 'el'];

/** Honorifics a foreign name carries before it, no part of the name ("Samdech Heng Samrin", "Samdech Techo Hun Sen"). */
export const FOREIGN_HONORIFICS: readonly string[] = ['Samdech', 'Techo'];
