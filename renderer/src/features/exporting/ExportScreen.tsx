/** Placeholder until the adding/importing/exporting engineer writes this screen. */
export default function ExportScreen() {
  return null;
}
