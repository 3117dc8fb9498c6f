from django.shortcuts import render


def error_403(request, exception=None):
    message = (
        str(exception) if exception and str(exception) else "Bạn không có quyền xem trang này."
    )
    context = {"title": "Không có quyền truy cập", "message": message}
    return render(request, "core/error.html", context, status=403)


def error_404(request, exception=None):
    message = "Không tìm thấy trang hoặc dữ liệu bạn yêu cầu, hoặc bạn không có quyền xem."
    return render(
        request, "core/error.html", {"title": "Không tìm thấy", "message": message}, status=404
    )


def error_400(request, exception=None):
    context = {"title": "Yêu cầu không hợp lệ", "message": "Yêu cầu không hợp lệ."}
    return render(request, "core/error.html", context, status=400)


def error_500(request):
    message = "Hệ thống gặp lỗi. Dữ liệu của bạn chưa bị thay đổi; hãy thử lại hoặc báo quản trị."
    return render(
        request, "core/error.html", {"title": "Lỗi hệ thống", "message": message}, status=500
    )


def csrf_failure(request, reason=""):
    message = "Phiên làm việc đã hết hạn hoặc biểu mẫu đã cũ. Hãy tải lại trang rồi thử lại."
    return render(
        request, "core/error.html", {"title": "Biểu mẫu hết hạn", "message": message}, status=403
    )
