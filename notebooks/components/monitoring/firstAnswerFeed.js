// Moved to components/shell/firstAnswer.js (every section uses it); kept as a re-export only
// until the Skew pages that still import it from here are updated.
export {firstAnswerFeed} from "../shell/firstAnswer.js";
