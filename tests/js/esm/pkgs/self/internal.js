export default "internal via #imports";
