export default {
  title: "Feature Store Lab",
  root: "notebooks",
  globalStylesheets: [],
  pages: [{name: "Foundations", pages: [{name: "Entities, event time and feature views", path: "/entities-event-time"}]}],
  head: "",
  footer: "Feature Store Lab — everything runs in your browser.",
};
