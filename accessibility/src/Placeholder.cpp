// Speech, segmentation and read-aloud arrive with issue 5; this keeps the target linkable.
namespace tingdu::accessibility {
int placeholder() { return 0; }
}  // namespace tingdu::accessibility
