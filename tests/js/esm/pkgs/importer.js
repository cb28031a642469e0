// import() from inside pkgs/ (bare names resolve from here).
export const load = (request) => import(request);
