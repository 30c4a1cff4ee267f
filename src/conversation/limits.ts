/** Text a person typed is cut to this many characters before understanding (DESIGN.md section 6). */
export const MAX_TEXT = 2000;
