console.log("new.target ran");
const f = () => new.target;
