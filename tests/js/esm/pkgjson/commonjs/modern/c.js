export const kind = "modern c";
