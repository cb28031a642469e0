export const other = "other module";
