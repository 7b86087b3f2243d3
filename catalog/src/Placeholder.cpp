// OPDS, lending and the shelf arrive with issue 6; this keeps the target linkable.
namespace tingdu::catalog {
int placeholder() { return 0; }
}  // namespace tingdu::catalog
